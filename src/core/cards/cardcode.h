#pragma once

#include <QString>

#include <optional>

// Card codes a person can read aloud and type from paper: 8 characters and a check character
// from an alphabet of 31 that has no 0/O, 1/I or S/5 to confuse. The check makes the weighted
// sum of all nine values (weights 1..9) divisible by 31; since 31 is prime and the weights are
// distinct and non-zero, every single wrong character and every swap of two neighbouring
// different characters breaks it. Shown as three groups of three: "K7Q-M4P-XR9".
namespace CardCode {
inline constexpr char alphabet[] = "23456789ABCDEFGHJKLMNPQRTUVWXYZ";
inline constexpr int alphabetSize = 31;
inline constexpr int dataLength = 8;
inline constexpr int length = dataLength + 1;

// A new random code with its check character.
[[nodiscard]] QString generate();
// The check character for 8 data characters from the alphabet ('\0' when one is not).
[[nodiscard]] QChar checkCharacter(const QString &data);

// What a person typed, as a canonical code: case, spaces and dashes ignored; an S is read as
// the 5 it looks like. nullopt with a reason when it is not a valid code.
[[nodiscard]] std::optional<QString> parse(const QString &typed, QString *why = nullptr);

// "K7QM4PXR9" → "K7Q-M4P-XR9".
[[nodiscard]] QString display(const QString &code);
}
