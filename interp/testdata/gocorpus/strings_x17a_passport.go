package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

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
hcl:#18171d ecl:amb hgt:170 pid:186cm iyr:2018 byr:1926

pid:087499704 hgt:74in ecl:grn iyr:2012 eyr:2030 byr:1980
hcl:#623a2f`

var hclRe = regexp.MustCompile(`^#[0-9a-f]{6}$`)

func between(s string, lo, hi int) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= lo && n <= hi
}

var rules = map[string]func(string) bool{
	"byr": func(s string) bool { return between(s, 1920, 2002) },
	"iyr": func(s string) bool { return between(s, 2010, 2020) },
	"eyr": func(s string) bool { return between(s, 2020, 2030) },
	"hgt": func(s string) bool {
		if v, ok := strings.CutSuffix(s, "cm"); ok {
			return between(v, 150, 193)
		}
		if v, ok := strings.CutSuffix(s, "in"); ok {
			return between(v, 59, 76)
		}
		return false
	},
	"hcl": hclRe.MatchString,
	"ecl": func(s string) bool {
		return slices.Contains(strings.Fields("amb blu brn gry grn hzl oth"), s)
	},
	"pid": func(s string) bool {
		return len(s) == 9 && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
	},
}

func main() {
	p1, p2 := 0, 0
	for i, rec := range strings.Split(batch, "\n\n") {
		fields := map[string]string{}
		for _, kv := range strings.Fields(rec) {
			k, v, _ := strings.Cut(kv, ":")
			fields[k] = v
		}
		missing := []string{}
		bad := []string{}
		for _, k := range []string{"byr", "ecl", "eyr", "hcl", "hgt", "iyr", "pid"} {
			v, ok := fields[k]
			if !ok {
				missing = append(missing, k)
			} else if !rules[k](v) {
				bad = append(bad, k+"="+v)
			}
		}
		delete(fields, "cid")
		fmt.Printf("#%d %v missing=%v bad=%v\n", i, fields, missing, bad)
		if len(missing) == 0 {
			p1++
			if len(bad) == 0 {
				p2++
			}
		}
	}
	fmt.Println(p1, p2)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello, Gopher Ünïcode"), strings.EqualFold("Go", "GO"), strings.Title("x"))
}
