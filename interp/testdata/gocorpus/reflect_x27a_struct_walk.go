package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Config struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"8080"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `env:"RATIO" default:"0.5"`
	Tags    []string
	private int
	Inner   struct {
		Level int `env:"LEVEL" default:"3"`
	}
}

func describe(v any) {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	fmt.Println("type", rt.Name(), "kind", rt.Kind(), "fields", rt.NumField())
	for i := range rt.NumField() {
		f := rt.Field(i)
		fmt.Printf("  %-7s %-8v exported=%-5t env=%q default=%q\n",
			f.Name, f.Type, f.IsExported(), f.Tag.Get("env"), f.Tag.Get("default"))
	}
}

func applyDefaults(ptr any) {
	rv := reflect.ValueOf(ptr).Elem()
	for i := range rv.NumField() {
		f := rv.Field(i)
		sf := rv.Type().Field(i)
		if !sf.IsExported() {
			continue
		}
		if f.Kind() == reflect.Struct {
			applyDefaults(f.Addr().Interface())
			continue
		}
		def := sf.Tag.Get("default")
		if def == "" || !f.IsZero() {
			continue
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString(def)
		case reflect.Int:
			var n int
			fmt.Sscan(def, &n)
			f.SetInt(int64(n))
		case reflect.Float64:
			var x float64
			fmt.Sscan(def, &x)
			f.SetFloat(x)
		}
	}
}

type Greeter struct{ Name string }

func (g Greeter) Hello(greeting string) string { return greeting + ", " + g.Name }
func (g Greeter) Shout() string                { return strings.ToUpper(g.Name) }

func main() {
	c := Config{Port: 9000}
	describe(c)
	applyDefaults(&c)
	fmt.Printf("%+v\n", c)

	g := Greeter{"gopher"}
	gv := reflect.ValueOf(g)
	for i := range gv.NumMethod() {
		fmt.Println(gv.Type().Method(i).Name)
	}
	out := gv.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("hi")})
	fmt.Println(out[0].String())

	vals := []any{1, "s", 2.5, []int{1}, map[string]int{}, &c, nil, Greeter{}}
	for _, v := range vals {
		if v == nil {
			fmt.Println("nil")
			continue
		}
		fmt.Print(reflect.TypeOf(v).Kind(), " ")
	}
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
	s := reflect.ValueOf(&[]int{3, 1, 2}).Elem()
	s.Index(0).SetInt(30)
	s.Set(reflect.Append(s, reflect.ValueOf(4)))
	fmt.Println(s.Interface(), s.Len())
}
