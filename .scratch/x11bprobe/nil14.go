package main

import "fmt"

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

func validate() *VErr { return nil }

func count(errs ...error) int {
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	return n
}

func first(a, b error) bool { return a != nil }

func main() {
	var p *VErr
	_ = p
	fmt.Println(first(p, nil))
}
