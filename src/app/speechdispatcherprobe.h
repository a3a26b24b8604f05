#pragma once

#include <QString>

// Whether speech-dispatcher would answer Qt's speechd plugin. Opening that plugin blocks, with
// no timeout, until the daemon replies; a daemon that hangs (seen here: after a failed audio
// output, while it shuts down) keeps its socket open and never replies, which would freeze the
// app. This asks first, on the same socket, with a time limit. No socket (or a stale one) is
// fine: the plugin then starts a new daemon.
namespace SpeechDispatcherProbe {
// The socket libspeechd connects to: SPEECHD_ADDRESS's "unix_socket:PATH", else
// $XDG_RUNTIME_DIR (or ~/.cache)/speech-dispatcher/speechd.sock; "" for a TCP address.
[[nodiscard]] QString socketPath();
// False when something holds the socket but does not take the connection (its queue is full)
// or does not answer within timeoutMs. The app asks on its speech thread, so it can wait: a
// daemon busy with other clients took over a second here (and the app then took flite, which
// reads English only, and said so of four languages); a hung one never answers.
[[nodiscard]] bool answers(int timeoutMs = 4000);
}
