package main

import (
	"fmt"
	"time"
)

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	v := struct {
		Tag
		Count int
	}{"go", 3}
	fmt.Println(v, v.Tag, v.String())
	w := struct {
		Name string
		D    time.Duration
	}{"t", 1500 * time.Millisecond}
	fmt.Printf("%v %+v\n", w, w)
	list := []struct {
		K string
		V Tag
	}{{"a", "x"}, {"b", "y"}}
	fmt.Println(list)
}
