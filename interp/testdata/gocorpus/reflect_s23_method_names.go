// Exercises: reflect's NumMethod, Method(i).Name and MethodByName on a notebook type and a pointer to it (value and pointer receivers, an unexported method)
package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host string
	Port int
}

func (c Config) Addr() string   { return fmt.Sprintf("%s:%d", c.Host, c.Port) }
func (c *Config) SetPort(p int) { c.Port = p }
func (c Config) hidden() int    { return 1 }

func main() {
	c := Config{"localhost", 80}
	t := reflect.TypeOf(c)
	pt := reflect.TypeOf(&c)
	fmt.Println(t.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		fmt.Print(pt.Method(i).Name, " ")
	}
	fmt.Println()
	m, ok := pt.MethodByName("SetPort")
	fmt.Println(m.Name, m.Index, ok)
	_, ok = t.MethodByName("SetPort")
	fmt.Println(ok)
}
