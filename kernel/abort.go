package kernel

import (
	"strings"
	"time"
)

// stop_on_error: when an execute request fails and asks for it, the
// execute requests queued behind it are answered "aborted" without
// running - the later cells of a Run All must not run on a broken state.
//
// "Queued behind it" means sent before the client could know of the
// failure. Checking only what has reached the kernel's queue when the
// failure is known (ipykernel's rule) misses a request sent back to back
// with one that fails fast: a failing `panic("x")` is answered here in
// well under a millisecond, often before a Python client has even made
// its next request (measured: 0.1-0.6 ms between two kc.execute calls).
// So two things:
//
//   - The error of a failed cell is held back for stopOnErrorHold before
//     it is published: until then the client cannot know, so whatever it
//     sends in that time was sent back to back, and arrives in time.
//   - A request is aborted if it was read off the socket before the error
//     went out, or if its header's date - the moment the client made it -
//     is before that: on one machine client and kernel share a clock,
//     and a client cannot react to an error it has not been sent.
//
// A request made after the error went out runs, so a client that reads
// the error and sends the next cell is served, as in ipykernel.
//
// Dates are trusted only if the failed request's own date was at most
// trustedSkew before its arrival (a clock ahead of the kernel's only
// aborts less): a client whose clock runs behind the kernel's by more
// (another machine) would otherwise have a cell it sends after the error
// aborted. The abort ends at the first execute request that is not
// covered, and after abortWindow in any case.

// stopOnErrorHold is how long a failed cell's error waits before it is
// published when queued requests are to be aborted: far longer than a
// client takes between two requests it sends back to back, too short
// for a person to notice (ipykernel takes as long to format a
// traceback). 20 ms was not always enough on a machine busy with other
// work: a Python client there once took longer between two kc.execute
// calls, and its second cell ran.
const stopOnErrorHold = 50 * time.Millisecond

// trustedSkew bounds how far before its arrival a request's date may be
// for the kernel to compare dates with its own clock.
const trustedSkew = time.Second

// abortWindow bounds how long after a failure requests are aborted.
const abortWindow = 10 * time.Second

// abort is the state of stop_on_error. It is owned by serveShell: the
// only goroutine that runs execute requests, and so the only one that
// learns of a failure and the only one that reads what follows it.
type abort struct {
	from       time.Time // when the failure was known; zero: nothing to abort
	datesAgree bool      // the failed request's date was trustworthy
}

// failed starts aborting after req failed at time at.
func (a *abort) failed(req *Message, at time.Time) {
	sent, ok := sentAt(req)
	lag := req.arrived.Sub(sent)
	*a = abort{from: at, datesAgree: ok && !req.arrived.IsZero() && lag <= trustedSkew}
}

// covers reports whether req, an execute request taken off the queue
// now, must be aborted; the first one that is not ends the abort.
func (a *abort) covers(req *Message, now time.Time) bool {
	if a.from.IsZero() {
		return false
	}
	if now.Sub(a.from) > abortWindow {
		*a = abort{}
		return false
	}
	if !req.arrived.IsZero() && !req.arrived.After(a.from) {
		return true
	}
	if sent, ok := sentAt(req); ok && a.datesAgree && sent.Before(a.from) {
		return true
	}
	*a = abort{}
	return false
}

// sentAt is the latest moment the date in a request's header can stand
// for: the client made the request at or before it. A date is written
// to some precision - jupyter_client's to the microsecond, a browser's to
// the millisecond, some clients' to the second - and the request may have
// been made anywhere in the last unit, so the unit is added: a request
// made after the failure is never aborted because its date was rounded.
func sentAt(req *Message) (time.Time, bool) {
	d := req.Header.Date
	if d == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, d)
	if err != nil {
		return time.Time{}, false
	}
	unit := time.Second
	if i := strings.IndexByte(d, '.'); i >= 0 {
		for j := i + 1; j < len(d) && d[j] >= '0' && d[j] <= '9' && unit > time.Nanosecond; j++ {
			unit /= 10
		}
	}
	return t.Add(unit), true
}
