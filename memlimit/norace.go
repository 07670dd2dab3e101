//go:build !race && linux

package memlimit

// raceDetector is set in builds with the race detector, whose shadow
// memory does not fit under an address-space limit (RLIMIT_AS, Linux's).
const raceDetector = false
