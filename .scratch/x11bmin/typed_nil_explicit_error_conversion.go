package main

import "fmt"

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

func validate() *VErr { return nil }

func main() {
	// go: true
	// gobackprop: ERROR panic: reflect: Call using *struct {} as type error
	err := error(validate())
	fmt.Println(err != nil)
}
