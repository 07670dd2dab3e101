package main

import "fmt"

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

func main() {
	var p *VErr
	err := error(p)
	// go: true; gobackprop: false
	fmt.Println(err != nil)
}
