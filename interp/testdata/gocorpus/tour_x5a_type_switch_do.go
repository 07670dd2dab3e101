// Exercises: type switch over interface{} with basic, named, pointer and interface cases, and a multi-type case.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

type Labeled interface{ Label() string }

type Box struct{ n int }

func (b *Box) Label() string { return "box#" + strconv.Itoa(b.n) }

func do(i interface{}) string {
	switch v := i.(type) {
	case int:
		return fmt.Sprintf("Twice %v is %v", v, v*2)
	case string:
		return fmt.Sprintf("%q is %v bytes long", v, len(v))
	case Celsius:
		return fmt.Sprintf("a temperature %.1f", float64(v))
	case Labeled:
		return "labeled " + v.Label()
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v", v)
	case nil:
		return "nothing"
	default:
		return fmt.Sprintf("I don't know about type %T!", v)
	}
}

func main() {
	for _, x := range []interface{}{21, "hello", Celsius(36.6), &Box{3}, true, 2.5, nil, Box{4}, []int{1}} {
		fmt.Println(do(x))
	}
}
