package mirror

import "fmt"

// escapeFmt, deferred by a Format method, lets a refusal of the mirror's
// (an AmbiguousError) out of fmt, which recovers a Format method's panic
// and prints it as text: the cell went on with %!v(PANIC=Format method:
// ...) in its output and no error. fmt panics again on a panic raised
// while it prints one, and escape's Format raises the refusal there.
func escapeFmt() {
	r := recover()
	switch r.(type) {
	case nil:
		return
	case *AmbiguousError, *ParamNameError:
		panic(escape{r})
	}
	if r == errUnknown || r == errUnknownInstance || r == errLocalMethods {
		panic(escape{r})
	}
	panic(r)
}

// escape carries a refusal through fmt's recovery (escapeFmt).
type escape struct{ refusal any }

func (e escape) Format(fmt.State, rune) { panic(e.refusal) }
