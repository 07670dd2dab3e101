package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Config struct {
	Name    string  `cfg:"name"`
	Width   int     `cfg:"w"`
	Height  int     `cfg:"h"`
	Scale   float64 `cfg:"scale"`
	Verbose bool    `cfg:"v"`
	Tags    []string
	skip    int
}

func load(dst any, src string) error {
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	kv := map[string]string{}
	for _, part := range strings.Fields(src) {
		k, val, ok := strings.Cut(part, "=")
		if !ok {
			return fmt.Errorf("bad pair %q", part)
		}
		kv[k] = val
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		key := f.Tag.Get("cfg")
		if key == "" {
			key = strings.ToLower(f.Name)
		}
		s, ok := kv[key]
		if !ok {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(s)
		case reflect.Int:
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetInt(int64(n))
		case reflect.Float64:
			x, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetFloat(x)
		case reflect.Bool:
			b, _ := strconv.ParseBool(s)
			fv.SetBool(b)
		case reflect.Slice:
			fv.Set(reflect.ValueOf(strings.Split(s, ",")))
		}
	}
	return nil
}

func dump(x any) {
	v := reflect.ValueOf(x)
	t := v.Type()
	fmt.Printf("%s (%d fields)\n", t.Name(), t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() {
			fmt.Printf("  %-8s %-9s tag=%-8q = %v\n", f.Name, f.Type, f.Tag.Get("cfg"), v.Field(i).Interface())
		}
	}
}

func main() {
	var c Config
	if err := load(&c, "name=grid w=40 h=6 scale=1.5 v=true tags=a,b,c"); err != nil {
		fmt.Println("error:", err)
	}
	dump(c)
	fmt.Printf("%+v\n", c)
	err := load(&c, "w=wide")
	fmt.Println("error:", err)
	err = load(&c, "oops")
	fmt.Println("error:", err)
	fmt.Println(reflect.DeepEqual(c.Tags, []string{"a", "b", "c"}), reflect.TypeOf(load).NumIn())
	m := map[string]int{"b": 2, "a": 1}
	keys := reflect.ValueOf(m).MapKeys()
	fmt.Println(len(keys), reflect.ValueOf(m).MapIndex(reflect.ValueOf("b")))
}
