package main

import "fmt"

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

func anyErr(errs ...error) bool {
	for _, e := range errs {
		if e != nil {
			return true
		}
	}
	return false
}

func main() {
	var p *VErr
	// go: true; gobackprop: false (with a call returning a nil *VErr as the argument instead:
	// panic: reflect.Set: value of type *struct {} is not assignable to type error)
	fmt.Println(anyErr(p))
}
