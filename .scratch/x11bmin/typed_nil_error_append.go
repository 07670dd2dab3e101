package main

import "fmt"

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

func validate() *VErr { return nil }

func main() {
	var errs []error
	errs = append(errs, validate())
	// go: true; gobackprop: false (the Go FAQ's "nil error != nil" answered the other way)
	fmt.Println(errs[0] != nil)
}
