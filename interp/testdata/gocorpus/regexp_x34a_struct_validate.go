package main

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

var (
	cacheMu sync.Mutex
	cache   = map[string]*regexp.Regexp{}
)

func compiled(pat string) (*regexp.Regexp, error) {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if re, ok := cache[pat]; ok {
		return re, nil
	}
	re, err := regexp.Compile("^(?:" + pat + ")$")
	if err != nil {
		return nil, err
	}
	cache[pat] = re
	return re, nil
}

type FieldError struct {
	Field, Rule string
	Value       any
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s=%v fails %s", e.Field, e.Value, e.Rule)
}

func Validate(v any) error {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	var errs []error
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag, ok := f.Tag.Lookup("validate")
		if !ok {
			continue
		}
		val := rv.Field(i)
		for _, rule := range strings.Split(tag, ";") {
			name, arg, _ := strings.Cut(rule, "=")
			switch name {
			case "re":
				re, err := compiled(arg)
				if err != nil {
					errs = append(errs, fmt.Errorf("field %s: bad rule: %w", f.Name, err))
					continue
				}
				if !re.MatchString(fmt.Sprint(val.Interface())) {
					errs = append(errs, &FieldError{f.Name, rule, val.Interface()})
				}
			case "max":
				n, _ := strconv.Atoi(arg)
				if val.Kind() == reflect.Int && val.Int() > int64(n) {
					errs = append(errs, &FieldError{f.Name, rule, val.Int()})
				}
			}
		}
	}
	return errors.Join(errs...)
}

type Signup struct {
	User    string `validate:"re=[a-z][a-z0-9_]{2,15}"`
	Email   string `validate:"re=[^@ ]+@[^@ ]+[.][a-z]{2,}"`
	Zip     string `validate:"re=[0-9]{5}(-[0-9]{4})?"`
	Age     int    `validate:"re=[0-9]+;max=120"`
	Comment string
	Broken  string `validate:"re=(unclosed"`
}

func main() {
	inputs := []Signup{
		{"gopher_1", "go@example.com", "12345", 30, "hi", ""},
		{"1bad", "not-an-email", "1234", 130, "", ""},
		{"ok_name", "a@b.io", "12345-6789", 121, "", "x"},
	}
	for i, in := range inputs {
		err := Validate(in)
		if err == nil {
			fmt.Println(i, "valid")
			continue
		}
		fmt.Printf("%d invalid:\n", i)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("   ", line)
		}
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("    first: %+v\n", *fe)
		}
	}
	fmt.Println("cached patterns:", len(cache))
	f, _ := reflect.TypeOf(Signup{}).FieldByName("Zip")
	fmt.Printf("%q %v\n", f.Tag.Get("validate"), f.Type)
}
