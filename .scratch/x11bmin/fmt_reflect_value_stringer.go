package main

import (
	"fmt"
	"reflect"
)

type Grade int

func (g Grade) String() string { return "grade" }

func main() {
	// go: map[a:grade] [grade]; gobackprop: map[a:1] [1]
	fmt.Println(reflect.ValueOf(map[string]Grade{"a": 1}), reflect.ValueOf([]Grade{1}))
}
