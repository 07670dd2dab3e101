package main

import (
	"fmt"
	"reflect"
)

type Cfg struct{ level int }

func main() {
	// go: level level; gobackprop: level Xlevel
	fmt.Println(reflect.TypeOf(Cfg{}).Field(0).Name, reflect.ValueOf(Cfg{}).Type().Field(0).Name)
}
