//go:build race

package memlimit

// raceDetector is set in builds with the race detector, whose shadow
// memory does not fit under an address-space limit.
const raceDetector = true
