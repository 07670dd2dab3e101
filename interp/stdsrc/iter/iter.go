// Package iter is the session's iter: Go 1.26's API, interpreted by yaegi.
//
// Pull and Pull2 take the sequence as a plain function type rather than
// Seq[V]: yaegi infers a type argument from a func type but not from a
// generic named type. An iter.Seq[V] is assignable to it all the same.
package iter

// Seq is an iterator over sequences of individual values: called as
// seq(yield), it calls yield(v) for each value v of the sequence, and
// stops early when yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the push-style iterator seq into a pull-style iterator:
// next returns the next value and true, or the zero value and false at the
// end; stop ends the iteration early. A panic in seq reaches the caller of
// next or stop. seq runs in a goroutine of its own, started by the first
// call of next, which hands values over one at a time.
func Pull[V any](seq func(yield func(V) bool)) (next func() (V, bool), stop func()) {
	var (
		started, done bool
		resume        = make(chan bool)
		values        = make(chan V)
		finished      = make(chan any)
	)
	run := func() {
		defer func() { finished <- pullPanic(recover()) }()
		if !<-resume {
			return
		}
		stopped := false
		seq(func(v V) bool {
			if stopped {
				return false
			}
			values <- v
			stopped = !<-resume
			return !stopped
		})
	}
	next = func() (V, bool) {
		var zero V
		if done {
			return zero, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		select {
		case v := <-values:
			return v, true
		case p := <-finished:
			done = true
			rethrow(p)
			return zero, false
		}
	}
	stop = func() {
		if done {
			return
		}
		done = true
		if !started {
			return
		}
		resume <- false
		rethrow(<-finished)
	}
	return next, stop
}

// Pull2 is Pull for a sequence of pairs.
func Pull2[K, V any](seq func(yield func(K, V) bool)) (next func() (K, V, bool), stop func()) {
	var (
		started, done bool
		resume        = make(chan bool)
		keys          = make(chan K)
		values        = make(chan V)
		finished      = make(chan any)
	)
	run := func() {
		defer func() { finished <- pullPanic(recover()) }()
		if !<-resume {
			return
		}
		stopped := false
		seq(func(k K, v V) bool {
			if stopped {
				return false
			}
			keys <- k
			values <- v
			stopped = !<-resume
			return !stopped
		})
	}
	next = func() (K, V, bool) {
		var (
			zk K
			zv V
		)
		if done {
			return zk, zv, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		select {
		case k := <-keys:
			v := <-values // yaegi cannot return a receive expression
			return k, v, true
		case p := <-finished:
			done = true
			rethrow(p)
			return zk, zv, false
		}
	}
	stop = func() {
		if done {
			return
		}
		done = true
		if !started {
			return
		}
		resume <- false
		rethrow(<-finished)
	}
	return next, stop
}

// pulledPanic carries a panic of the sequence's goroutine to the caller of
// next or stop: a panic that leaves a goroutine would end the process.
type pulledPanic struct{ value any }

func pullPanic(r any) any {
	if r == nil {
		return nil
	}
	return pulledPanic{r}
}

func rethrow(p any) {
	if pp, ok := p.(pulledPanic); ok {
		panic(pp.value)
	}
}
