// go run: 2 Addr Reset
// gobackprop: panic: gobackprop: reflect cannot give method Addr of *main.Config, a type of the notebook: call it directly  (both styles; reflect.Type.Method on a notebook type; from reflect_x19b_light)
package main

import (
	"fmt"
	"reflect"
)

type Config struct{ Host string }

func (c Config) Addr() string { return c.Host }
func (c *Config) Reset()      { *c = Config{} }

func main() {
	t := reflect.TypeOf(&Config{})
	fmt.Println(t.NumMethod(), t.Method(0).Name, t.Method(1).Name)
}
