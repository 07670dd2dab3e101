package main

import "fmt"

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

func validate() *VErr { return nil }

func main() {
	type holder struct{ err error }
	h := holder{}
	h.err = validate()
	fmt.Println(h.err != nil)
	var p *VErr
	var arr [1]error
	arr[0] = p
	fmt.Println(arr[0] != nil)
}
