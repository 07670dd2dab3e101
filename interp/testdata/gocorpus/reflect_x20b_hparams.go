package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type HParams struct {
	LR        float64 `hp:"lr" default:"0.01"`
	Epochs    int     `hp:"epochs" default:"10"`
	BatchSize int     `hp:"bs" default:"32"`
	Optimizer string  `hp:"opt" default:"sgd"`
	Shuffle   bool    `hp:"shuffle" default:"true"`
	note      string
}

func setField(f reflect.Value, s string) error {
	switch f.Kind() {
	case reflect.Float64:
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return err
		}
		f.SetFloat(v)
	case reflect.Int:
		v, err := strconv.Atoi(s)
		if err != nil {
			return err
		}
		f.SetInt(int64(v))
	case reflect.String:
		f.SetString(s)
	case reflect.Bool:
		v, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		f.SetBool(v)
	default:
		return fmt.Errorf("unsupported kind %s", f.Kind())
	}
	return nil
}

func Parse(args string, hp *HParams) error {
	v := reflect.ValueOf(hp).Elem()
	t := v.Type()
	byName := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		byName[sf.Tag.Get("hp")] = i
		if err := setField(v.Field(i), sf.Tag.Get("default")); err != nil {
			return err
		}
	}
	for _, kv := range strings.Fields(args) {
		k, val, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("bad argument %q", kv)
		}
		i, found := byName[k]
		if !found {
			return fmt.Errorf("unknown hyperparameter %q", k)
		}
		if err := setField(v.Field(i), val); err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
	}
	return nil
}

func main() {
	var hp HParams
	fmt.Println(Parse("", &hp), hp)
	fmt.Println(Parse("lr=0.3 epochs=5 opt=adam shuffle=false", &hp))
	fmt.Printf("%+v\n", hp)
	fmt.Println(Parse("lr=abc", &hp))
	fmt.Println(Parse("momentum=0.9", &hp))
	fmt.Println(Parse("lr", &hp))
	t := reflect.TypeOf(hp)
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("hp"), f.IsExported())
	}
	rv := reflect.ValueOf(hp)
	fmt.Println(rv.FieldByName("Epochs").Interface(), rv.NumField(), rv.Kind())
}
