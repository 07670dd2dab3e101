// Family: == on an interface when two of the program's types implementing it share one structure.
// From iface_x25a_loss_registry.go (both styles): MSE and L1 are both struct{} implementing Loss.
// go run:      true l1
// gobackprop:  CompileError: comparing interface values that may hold a L1 or a MSE, two types of one
//
//	structure (the interpreter cannot tell them apart) is not supported by gobackprop: compare
//	values of one type (take them out first: v.(MSE)), or give the two types different structures
//
// (a documented, clear refusal; the variable only ever holds MSE here.)
// Note: with `var a, b any = A{1}, B{1}` (A, B struct{X int}, no methods) a == b works correctly (false).
package main

import "fmt"

type Loss interface{ Name() string }

type MSE struct{}
type L1 struct{}

func (MSE) Name() string { return "mse" }
func (L1) Name() string  { return "l1" }

func main() {
	var a Loss = MSE{}
	fmt.Println(a == MSE{}, L1{}.Name())
}
