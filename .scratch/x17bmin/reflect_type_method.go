// go run: 1 Addr
// gobackprop (both styles): panic: gobackprop: reflect cannot give method Addr of *main.Config, a type of the notebook: call it directly
// (clear error) reflect.Type.Method(i) on a notebook-defined type.
package main

import (
	"fmt"
	"reflect"
)

type Config struct{ Host string }

func (c Config) Addr() string { return c.Host }

func main() {
	pt := reflect.TypeOf(&Config{})
	fmt.Println(pt.NumMethod(), pt.Method(0).Name)
}
