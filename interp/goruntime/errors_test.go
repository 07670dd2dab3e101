package runtime_test

import (
	"fmt"
	"runtime"
	"testing"

	goruntime "github.com/gobackprop/gobackprop/interp/goruntime"
)

// TestErrorTypesAreGos compares each stand-in with the panic Go's runtime
// raises for the same fault: message, %T and runtime.Error.
func TestErrorTypesAreGos(t *testing.T) {
	var m map[string]int
	var p *struct{ x int }
	zero, idx := 0, 5
	xs := []int{1}
	var a any = "s"
	var ch = make(chan int)
	close(ch)
	faults := []func(){
		func() { _ = xs[idx] },
		func() { _ = xs[idx:] },
		func() { _ = a.(int) },
		func() { _ = 1 / zero },
		func() { _ = p.x },
		func() { m["k"] = 1 },
		func() { ch <- 1 },
	}
	for _, fault := range faults {
		goErr := recovered(fault)
		ours := goruntime.Error(goErr.Error())
		if ours.Error() != goErr.Error() {
			t.Errorf("message %q, Go's %q", ours.Error(), goErr.Error())
		}
		if got, want := fmt.Sprintf("%T", ours), fmt.Sprintf("%T", goErr); got != want {
			t.Errorf("%q: %%T is %s, Go's %s", goErr.Error(), got, want)
		}
		if _, ok := ours.(runtime.Error); !ok {
			t.Errorf("%q: not a runtime.Error", goErr.Error())
		}
	}
}

func recovered(f func()) (err runtime.Error) {
	defer func() { err = recover().(runtime.Error) }()
	f()
	return nil
}
