package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Expense struct {
	ID       int     `csv:"id"`
	Employee string  `csv:"employee"`
	Category string  `csv:"category"`
	Amount   Cents   `csv:"amount"`
	Billable bool    `csv:"billable"`
	Miles    float64 `csv:"miles,omitempty"`
	internal string
	Note     string `csv:"-"`
}

func header(t reflect.Type) []string {
	var h []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("csv")
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		h = append(h, name)
	}
	return h
}

func row(v reflect.Value) []string {
	var out []string
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Tag.Get("csv") == "-" {
			continue
		}
		fv := v.Field(i)
		if s, ok := fv.Interface().(fmt.Stringer); ok {
			out = append(out, s.String())
			continue
		}
		switch fv.Kind() {
		case reflect.Int, reflect.Int64:
			out = append(out, strconv.FormatInt(fv.Int(), 10))
		case reflect.Bool:
			out = append(out, strconv.FormatBool(fv.Bool()))
		case reflect.Float64:
			_, opts, _ := strings.Cut(f.Tag.Get("csv"), ",")
			if fv.Float() == 0 && opts == "omitempty" {
				out = append(out, "")
			} else {
				out = append(out, strconv.FormatFloat(fv.Float(), 'f', 1, 64))
			}
		default:
			out = append(out, fv.String())
		}
	}
	return out
}

func Export[T any](items []T) string {
	var sb strings.Builder
	t := reflect.TypeFor[T]()
	sb.WriteString(strings.Join(header(t), ",") + "\n")
	for _, it := range items {
		sb.WriteString(strings.Join(row(reflect.ValueOf(it)), ",") + "\n")
	}
	return sb.String()
}

func main() {
	ex := []Expense{
		{1, "kim", "travel", 45210, true, 120.5, "x", "conference"},
		{2, "raj", "meals", 3875, false, 0, "", ""},
		{3, "kim", "software", 129900, true, 0, "", "annual"},
	}
	fmt.Print(Export(ex))
	t := reflect.TypeOf(ex[0])
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	f, _ := t.FieldByName("Amount")
	fmt.Println(f.Type, f.Type.Kind(), f.Tag)
	v := reflect.ValueOf(&ex[1]).Elem()
	v.FieldByName("Amount").SetInt(4000)
	fmt.Println(ex[1].Amount, v.FieldByName("internal").CanSet())
}
