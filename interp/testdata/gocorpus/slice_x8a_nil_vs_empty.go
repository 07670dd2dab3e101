// Exercises: nil versus empty slices - both have len 0, differ under == nil, in fmt %#v and in encoding/json
package main

import (
	"encoding/json"
	"fmt"
)

type Doc struct {
	Tags  []string
	Notes []string
}

func main() {
	var n []string
	e := []string{}
	fmt.Println("lens:", len(n), len(e), "nil:", n == nil, e == nil)
	fmt.Printf("%%v: %v %v\n", n, e)
	fmt.Printf("%%#v: %#v %#v\n", n, e)
	out, _ := json.Marshal(Doc{Tags: n, Notes: e})
	fmt.Println("json:", string(out))
	m := make([]string, 0)
	fmt.Println("make zero is empty not nil:", m == nil)
	sub := e[0:0]
	fmt.Println("reslice of empty not nil:", sub == nil)
	var d Doc
	_ = json.Unmarshal([]byte(`{"Tags":[]}`), &d)
	fmt.Println("unmarshal empty array:", d.Tags == nil, "missing field:", d.Notes == nil)
}
