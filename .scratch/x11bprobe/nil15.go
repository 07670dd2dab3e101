package main

import "fmt"

type MyErr interface{ Msg() string }

type VErr struct{}

func (v *VErr) Msg() string { return "bad" }

func validate() *VErr { return nil }

func anyErr(errs ...MyErr) bool {
	for _, e := range errs {
		if e != nil {
			return true
		}
	}
	return false
}

func main() {
	var p *VErr
	fmt.Println(anyErr(p), anyErr(validate()), MyErr(p) != nil, MyErr(validate()) != nil)
	ch := make(chan MyErr, 1)
	ch <- p
	fmt.Println(<-ch != nil, []MyErr{p}[0] != nil, append([]MyErr{}, validate())[0] != nil)
	var a any = p
	fmt.Println(a != nil, any(p) != nil, []any{p}[0] != nil)
}
