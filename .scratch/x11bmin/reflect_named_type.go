package main

import (
	"fmt"
	"reflect"
)

type MyInt int

func main() {
	// go: main.MyInt main.MyInt
	// gobackprop: int main.MyInt
	fmt.Println(reflect.ValueOf(MyInt(7)).Type(), reflect.TypeOf(MyInt(7)))
}
