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
	private int
	Tags    []string
}

func (c Config) Addr() string { return fmt.Sprintf("%s:%d", c.Host, c.Port) }
func (c *Config) Reset()      { *c = Config{} }

func describe(v any) {
	t := reflect.TypeOf(v)
	val := reflect.ValueOf(v)
	fmt.Println("type:", t, "kind:", t.Kind())
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
		val = val.Elem()
	}
	if t.Kind() != reflect.Struct {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := val.Field(i)
		if !f.IsExported() {
			fmt.Printf("  %s (unexported)\n", f.Name)
			continue
		}
		fmt.Printf("  %-5s %-8s env=%q default=%q value=%v\n", f.Name, f.Type, f.Tag.Get("env"), f.Tag.Get("default"), fv.Interface())
	}
}

func setDefaults(p any) {
	v := reflect.ValueOf(p).Elem()
	t := v.Type()
	for i := range t.NumField() {
		d, ok := t.Field(i).Tag.Lookup("default")
		if !ok || !v.Field(i).IsZero() {
			continue
		}
		switch v.Field(i).Kind() {
		case reflect.String:
			v.Field(i).SetString(d)
		case reflect.Int:
			var n int64
			fmt.Sscan(d, &n)
			v.Field(i).SetInt(n)
		}
	}
}

func main() {
	c := Config{Host: "example.com", Tags: []string{"a"}}
	describe(c)
	setDefaults(&c)
	describe(&c)
	fmt.Println(c.Addr())

	pt := reflect.TypeOf(&c)
	var ms []string
	for i := range pt.NumMethod() {
		ms = append(ms, pt.Method(i).Name)
	}
	fmt.Println(reflect.TypeOf(c).NumMethod(), strings.Join(ms, ","))

	m := reflect.ValueOf(c).MethodByName("Addr")
	fmt.Println(m.Call(nil)[0])

	s := reflect.ValueOf([]int{3, 1, 2})
	fmt.Println(s.Len(), s.Index(1), s.Kind())
	mp := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	keys := mp.MapKeys()
	fmt.Println(len(keys), mp.MapIndex(reflect.ValueOf("b")))
	fmt.Println(reflect.DeepEqual(map[string][]int{"x": {1}}, map[string][]int{"x": {1}}), reflect.DeepEqual([]int{}, []int(nil)))
	var e error
	fmt.Println(reflect.TypeOf(e) == nil, reflect.TypeOf((*error)(nil)).Elem().Kind())
	fn := reflect.ValueOf(strings.Repeat)
	out := fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})
	fmt.Println(out[0].String(), fn.Type())
}
