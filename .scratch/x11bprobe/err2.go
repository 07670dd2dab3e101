package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Temp float64
type Name string

type TempErr struct{ code int }

func (t TempErr) Error() string   { return fmt.Sprint("temp ", t.code) }
func (t TempErr) Temporary() bool { return t.code > 500 }

type Coder interface{ Code() int }

type CodeErr struct{ c int }

func (c *CodeErr) Error() string { return "code" }
func (c *CodeErr) Code() int     { return c.c }

func main() {
	err := fmt.Errorf("wrap: %w", TempErr{503})
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(err, &tmp), tmp != nil && tmp.Temporary())
	err2 := fmt.Errorf("x: %w", &CodeErr{42})
	var c Coder
	fmt.Println(errors.As(err2, &c), c.Code())
	var t Temp
	n, e := fmt.Sscan("3.5", &t)
	fmt.Println(n, e, t*2)
	var m map[Name]Temp
	e = json.Unmarshal([]byte(`{"a":1.5,"b":-2}`), &m)
	fmt.Println(m, e, m["a"]+m["b"])
	var anyv struct {
		V any
		L []Temp
	}
	e = json.Unmarshal([]byte(`{"V":[1,"x",null,{"k":true}],"L":[1,2]}`), &anyv)
	fmt.Printf("%v %T %v %v\n", anyv.V, anyv.V, anyv.L, e)
}
