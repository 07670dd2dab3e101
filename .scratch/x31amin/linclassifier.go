// Reduction of ml_x31a_linclassifier.go (both styles).
// Go prints: *main.B
// Session prints nothing and panics (a clear error):
//
//	panic(*mirror.AmbiguousError): a value stored in an interface could be any of
//	*main.A or *main.B: the interpreter does not keep which one it is, and they print
//	differently; convert it back to its type before printing it (v.(T)), or keep it in
//	an interface with methods
//
// The interface here does have methods, but it is an unnamed interface type literal
// (interface{ M() }). With a named interface type (type I interface{ M() }) the same
// program agrees with Go. The original used
//
//	for _, m := range []interface{ Train(...) ...; Predict(...) int }{svm, sm} { fmt.Printf("%T", m) }
package main

import "fmt"

type A struct{}
type B struct{}

func (*A) M() {}
func (*B) M() {}

func main() {
	var m interface{ M() } = &B{}
	fmt.Printf("%T\n", m)
	_ = &A{}
}
