package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Config struct {
	Host    string `env:"HOST" default:"localhost"`
	Port    int    `env:"PORT" default:"8080"`
	Debug   bool   `env:"DEBUG"`
	Tags    []string
	private string
	Nested  struct {
		Level int `env:"LEVEL"`
	}
}

func (c Config) Addr() string { return fmt.Sprintf("%s:%d", c.Host, c.Port) }
func (c *Config) Reset()      { *c = Config{} }

func describe(v any) {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	fmt.Println("type", rt, "kind", rt.Kind())
	if rt.Kind() == reflect.Pointer {
		rv = rv.Elem()
		rt = rv.Type()
	}
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag := f.Tag.Get("env")
		val := "?"
		if f.IsExported() {
			val = fmt.Sprint(rv.Field(i).Interface())
		}
		fmt.Printf("  %-8s %-10s env=%-6q exported=%-5t val=%s\n", f.Name, f.Type, tag, f.IsExported(), val)
	}
}

func setDefaults(p any) {
	rv := reflect.ValueOf(p).Elem()
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		def, ok := rt.Field(i).Tag.Lookup("default")
		if !ok {
			continue
		}
		fv := rv.Field(i)
		switch fv.Kind() {
		case reflect.String:
			if fv.String() == "" {
				fv.SetString(def)
			}
		case reflect.Int:
			if fv.Int() == 0 {
				var n int
				fmt.Sscan(def, &n)
				fv.SetInt(int64(n))
			}
		}
	}
}

func main() {
	c := Config{Debug: true, Tags: []string{"a"}}
	setDefaults(&c)
	describe(c)
	describe(&c)
	fmt.Println(c.Addr())
	t := reflect.TypeOf(c)
	pt := reflect.TypeOf(&c)
	fmt.Println(t.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		fmt.Print(pt.Method(i).Name, " ")
	}
	fmt.Println()
	m := reflect.ValueOf(c).MethodByName("Addr")
	fmt.Println(m.Call(nil)[0])
	vals := []any{1, "s", 2.5, []int{1}, map[string]int{}, &c, nil, struct{}{}}
	var kinds []string
	for _, v := range vals {
		if v == nil {
			kinds = append(kinds, "nil")
			continue
		}
		kinds = append(kinds, reflect.TypeOf(v).Kind().String())
	}
	fmt.Println(strings.Join(kinds, ","))
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {2}}))
	s := reflect.ValueOf(&[]int{1, 2, 3}).Elem()
	s.Index(1).SetInt(20)
	fmt.Println(s.Interface(), s.Len())
}
