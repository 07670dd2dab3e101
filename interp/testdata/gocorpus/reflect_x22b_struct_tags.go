package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Passport struct {
	BirthYear  int    `pp:"byr" min:"1920" max:"2002"`
	IssueYear  int    `pp:"iyr" min:"2010" max:"2020"`
	ExpYear    int    `pp:"eyr" min:"2020" max:"2030"`
	Height     string `pp:"hgt"`
	HairColor  string `pp:"hcl"`
	EyeColor   string `pp:"ecl"`
	PassportID string `pp:"pid"`
	CountryID  string `pp:"cid" optional:"true"`
}

const batch = `ecl:gry pid:860033327 eyr:2020 hcl:#fffffd
byr:1937 iyr:2017 cid:147 hgt:183cm

iyr:2013 ecl:amb cid:350 eyr:2023 pid:028048884
hcl:#cfa07d byr:1929

hcl:#ae17e1 iyr:2013
eyr:2024
ecl:brn pid:760753108 byr:1931
hgt:179cm

hcl:#cfa07d eyr:2025 pid:166559648
iyr:2011 ecl:brn hgt:59in

eyr:1972 cid:100
hcl:#18171d ecl:amb hgt:170 pid:186cm iyr:2018 byr:1926`

var errMissing = errors.New("missing field")

func fill(dst any, fields map[string]string) error {
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := f.Tag.Get("pp")
		raw, ok := fields[key]
		if !ok {
			if f.Tag.Get("optional") == "true" {
				continue
			}
			return fmt.Errorf("%s (%s): %w", f.Name, key, errMissing)
		}
		switch f.Type.Kind() {
		case reflect.Int:
			n, err := strconv.Atoi(raw)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			lo, _ := strconv.Atoi(f.Tag.Get("min"))
			hi, _ := strconv.Atoi(f.Tag.Get("max"))
			if n < lo || n > hi {
				return fmt.Errorf("%s=%d out of range [%d,%d]", f.Name, n, lo, hi)
			}
			v.Field(i).SetInt(int64(n))
		case reflect.String:
			v.Field(i).SetString(raw)
		}
	}
	return nil
}

func main() {
	valid := 0
	for i, rec := range strings.Split(batch, "\n\n") {
		fields := map[string]string{}
		for _, kv := range strings.Fields(rec) {
			k, val, _ := strings.Cut(kv, ":")
			fields[k] = val
		}
		var p Passport
		if err := fill(&p, fields); err != nil {
			fmt.Printf("#%d invalid: %v (missing=%t)\n", i, err, errors.Is(err, errMissing))
			continue
		}
		valid++
		fmt.Printf("#%d ok: %+v\n", i, p)
	}
	fmt.Println("valid:", valid)
	t := reflect.TypeOf(Passport{})
	var names []string
	for f := range t.Fields() {
		names = append(names, f.Name+"/"+f.Type.String())
	}
	fmt.Println(t.Name(), t.NumField(), names[:3])
	m := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	keys := m.MapKeys()
	fmt.Println(len(keys), m.MapIndex(reflect.ValueOf("b")))
}
