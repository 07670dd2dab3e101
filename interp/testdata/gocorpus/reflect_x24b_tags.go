package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Config struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"8080"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `env:"RATIO" default:"0.5"`
	Tags    []string
	private int
}

func load(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("need pointer to struct, got %T", dst)
	}
	v = v.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		key, ok := f.Tag.Lookup("env")
		if !ok {
			continue
		}
		raw, found := env[key]
		if !found {
			raw = f.Tag.Get("default")
		}
		if raw == "" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int:
			n, err := strconv.Atoi(raw)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetInt(int64(n))
		case reflect.Bool:
			b, err := strconv.ParseBool(raw)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetBool(b)
		case reflect.Float64:
			x, _ := strconv.ParseFloat(raw, 64)
			fv.SetFloat(x)
		}
	}
	return nil
}

func dump(x any) string {
	v := reflect.ValueOf(x)
	var parts []string
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if f.IsExported() {
			parts = append(parts, fmt.Sprintf("%s(%s)=%v", f.Name, f.Type, v.Field(i).Interface()))
		}
	}
	return strings.Join(parts, " ")
}

func main() {
	var c Config
	fmt.Println(load(&c, map[string]string{"PORT": "9000", "DEBUG": "true"}))
	fmt.Println(dump(c))
	var c2 Config
	fmt.Println(load(&c2, map[string]string{"PORT": "nine"}))
	fmt.Println(load(c2, nil))
	t := reflect.TypeOf(c)
	fmt.Println(t.Name(), t.Kind(), t.NumField(), t.Field(4).Type.Elem().Kind())
	m := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	keys := m.MapKeys()
	fmt.Println(len(keys), m.MapIndex(reflect.ValueOf("b")))
	s := reflect.ValueOf([]int{3, 1, 2})
	fmt.Println(s.Len(), s.Index(1), reflect.DeepEqual([]int{1}, []int{1}), reflect.DeepEqual(map[int][]int{1: nil}, map[int][]int{1: {}}))
	fn := reflect.ValueOf(strings.Repeat)
	out := fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})
	fmt.Println(out[0], fn.Type())
	var iface fmt.Stringer
	fmt.Println(reflect.TypeOf(&iface).Elem().Kind(), reflect.TypeOf(iface) == nil)
}
