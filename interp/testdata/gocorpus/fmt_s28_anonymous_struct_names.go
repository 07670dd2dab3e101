package main

import (
	"fmt"
	"reflect"
)

type inner struct{ id int }

func main() {
	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Printf("%T|%v|%+v\n", dog, dog, dog)
	p := &struct{ n int }{3}
	fmt.Printf("%T %v\n", p, p)
	t := reflect.TypeOf(dog)
	fmt.Println(t.Field(0).Name, t.NumField(), t)
	pairs := []struct {
		k string
		v int
	}{{"a", 1}}
	fmt.Printf("%T %v\n", pairs, pairs)
	var x any = struct{ in inner }{inner{7}}
	fmt.Printf("%T %+v\n", x, x)
	m := map[string]struct{ hits int }{"a": {2}}
	fmt.Printf("%T %v\n", m, m)
}
