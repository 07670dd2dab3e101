package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host  string `env:"HOST"`
	port  int    `env:"PORT"`
	Debug bool
}

func main() {
	v := reflect.ValueOf(Config{"h", 1, true})
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Tag.Get("env"), f.IsExported(), v.Field(i).CanInterface())
	}
	p := reflect.ValueOf(&Config{}).Elem()
	fmt.Println(p.FieldByName("Host").IsValid(), p.FieldByName("port").IsValid(), p.NumField())
	sf, ok := p.Type().FieldByName("Debug")
	fmt.Println(sf.Index, ok)
}
