package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

var ErrNegative = errors.New("negative amount")

type Account struct {
	Owner   string
	Balance float64
}

func (a Account) Check() (string, error) {
	if a.Balance < 0 {
		return "", fmt.Errorf("account %s: %w", a.Owner, ErrNegative)
	}
	return "ok", nil
}

func render(src string, data any) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	funcs := template.FuncMap{
		"must": func(v any) any {
			if v == nil {
				panic("nil value in template")
			}
			return v
		},
		"div": func(a, b int) (int, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a / b, nil
		},
	}
	t := template.Must(template.New("t").Funcs(funcs).Option("missingkey=error").Parse(src))
	var sb strings.Builder
	if err := t.Execute(&sb, data); err != nil {
		return sb.String(), err
	}
	return sb.String(), nil
}

func main() {
	cases := []struct {
		src  string
		data any
	}{
		{"{{.Owner}}: {{.Check}}", Account{"ann", 10}},
		{"{{.Owner}}: {{.Check}}", Account{"bob", -5}},
		{"{{div 10 3}} {{div 1 0}}", nil},
		{"{{.name}} {{.age}}", map[string]any{"name": "cy"}},
		{"{{must .}}", nil},
		{"{{.Nope}}", Account{}},
		{"{{if}}", nil},
	}
	for i, c := range cases {
		out, err := render(c.src, c.data)
		fmt.Printf("%d: out=%q\n", i, out)
		if err != nil {
			fmt.Printf("   err=%v\n", err)
			fmt.Printf("   negative=%t\n", errors.Is(err, ErrNegative))
			var ee template.ExecError
			if errors.As(err, &ee) {
				fmt.Printf("   exec error in %q\n", ee.Name)
			}
		}
	}
}
