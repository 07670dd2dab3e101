// Companion of reflect_stringer_param.go (same root cause, the detected case).
// Go prints: true 452.10
// Session (both styles): error
//
//	CompileError: Interface() of a reflect.Value of a field of a struct with a field
//	of type Cents (the interpreter's reflect gives the value as its underlying type,
//	without Cents's methods) is not supported by gobackprop: ...
package main

import (
	"fmt"
	"reflect"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Expense struct{ Amount Cents }

func main() {
	v := reflect.ValueOf(Expense{45210}).Field(0)
	_, ok := v.Interface().(fmt.Stringer)
	fmt.Println(ok, v.Interface())
}
