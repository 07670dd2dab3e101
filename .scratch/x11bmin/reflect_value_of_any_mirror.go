package main

import (
	"fmt"
	"reflect"
)

type MyInt int

func (m MyInt) String() string { return "m" }

func main() {
	var i any = MyInt(5)
	// go: int main.MyInt; gobackprop: struct mirror.NamedStringer (an internal type leaks)
	fmt.Println(reflect.ValueOf(i).Kind(), reflect.ValueOf(i).Type())
}
