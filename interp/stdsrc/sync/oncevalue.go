// Package sync holds what the session's sync adds to the compiled one:
// Go's generic OnceValue and OnceValues, interpreted by yaegi. The file
// cannot use the compiled package's members - to the type checker it is
// the same package - so it serialises calls with a channel.
package sync

// OnceValue returns a function that calls f only the first time it is
// called and returns f's value every time. If f panics, the function
// panics with the same value on every call.
func OnceValue[T any](f func() T) func() T {
	var (
		lock   = make(chan struct{}, 1)
		done   bool
		failed bool
		p      any
		result T
	)
	return func() T {
		lock <- struct{}{}
		defer func() { <-lock }()
		if !done {
			done = true
			failed = true
			defer func() {
				if failed {
					p = recover()
					panic(p)
				}
			}()
			result = f()
			failed = false
		}
		if failed {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that calls f only the first time it is
// called and returns f's values every time. If f panics, the function
// panics with the same value on every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		lock   = make(chan struct{}, 1)
		done   bool
		failed bool
		p      any
		r1     T1
		r2     T2
	)
	return func() (T1, T2) {
		lock <- struct{}{}
		defer func() { <-lock }()
		if !done {
			done = true
			failed = true
			defer func() {
				if failed {
					p = recover()
					panic(p)
				}
			}()
			r1, r2 = f()
			failed = false
		}
		if failed {
			panic(p)
		}
		return r1, r2
	}
}
