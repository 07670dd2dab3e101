package main

import (
	"fmt"
	"reflect"
)

type Temp float64
type Names []string
type P struct{ X int }

func info(x any) string {
	t := reflect.TypeOf(x)
	return fmt.Sprintf("%v/%v/%q", t, t.Kind(), t.Name())
}

func main() {
	fmt.Println(info(Temp(1)), info(Names{}), info(P{}), info(&P{}), info(3))
	var xs []any = []any{Temp(1), Names{"a"}}
	for _, x := range xs {
		fmt.Println(reflect.TypeOf(x).Kind(), reflect.TypeOf(x) == reflect.TypeOf(Temp(0)))
	}
	fmt.Println(reflect.TypeOf(Temp(1)).ConvertibleTo(reflect.TypeOf(1.0)), reflect.TypeOf(P{}).Size())
	fmt.Println(reflect.TypeOf(Names{}).Elem().Kind(), reflect.TypeOf(map[string]Temp{}).Elem())
	fmt.Println(reflect.TypeOf((*error)(nil)).Elem().Kind(), reflect.TypeOf(P{}).Implements(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))
}
