package main

import (
	"fmt"
	"reflect"
)

type Server struct {
	Port int
	skip int
}

func fields(dst any) {
	v := reflect.ValueOf(dst).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		fmt.Println(f.Name, f.IsExported(), v.Field(i).CanSet())
	}
}

func main() {
	fields(&Server{Port: 1})
}
