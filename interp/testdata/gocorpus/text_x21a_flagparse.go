package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type FlagSet struct {
	bools map[string]*bool
	ints  map[string]*int
	strs  map[string]*string
	Args  []string
}

var ErrUnknown = errors.New("unknown flag")

func NewFlagSet() *FlagSet {
	return &FlagSet{bools: map[string]*bool{}, ints: map[string]*int{}, strs: map[string]*string{}}
}

func (f *FlagSet) Bool(name string, def bool) *bool {
	p := new(bool)
	*p = def
	f.bools[name] = p
	return p
}
func (f *FlagSet) Int(name string, def int) *int { p := new(int); *p = def; f.ints[name] = p; return p }
func (f *FlagSet) String(name, def string) *string {
	p := new(string)
	*p = def
	f.strs[name] = p
	return p
}

func (f *FlagSet) Parse(args []string) error {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			f.Args = append(f.Args, args[i+1:]...)
			return nil
		}
		if !strings.HasPrefix(a, "-") {
			f.Args = append(f.Args, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		val, hasVal := "", false
		if k, v, ok := strings.Cut(name, "="); ok {
			name, val, hasVal = k, v, true
		}
		if p, ok := f.bools[name]; ok {
			if hasVal {
				b, err := strconv.ParseBool(val)
				if err != nil {
					return fmt.Errorf("flag -%s: %w", name, err)
				}
				*p = b
			} else {
				*p = true
			}
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return fmt.Errorf("flag -%s needs a value", name)
			}
			i++
			val = args[i]
		}
		if p, ok := f.ints[name]; ok {
			n, err := strconv.Atoi(val)
			if err != nil {
				return fmt.Errorf("flag -%s: %w", name, err)
			}
			*p = n
		} else if p, ok := f.strs[name]; ok {
			*p = val
		} else {
			return fmt.Errorf("-%s: %w", name, ErrUnknown)
		}
	}
	return nil
}

func main() {
	cases := [][]string{
		{"-v", "-n", "3", "--name=bob", "file1", "file2"},
		{"-n=x"},
		{"-v=false", "--", "-n", "5"},
		{"-zzz", "1"},
		{"-n"},
	}
	for _, c := range cases {
		fs := NewFlagSet()
		v := fs.Bool("v", false)
		n := fs.Int("n", 1)
		name := fs.String("name", "anon")
		err := fs.Parse(c)
		if err != nil {
			var ne *strconv.NumError
			fmt.Printf("%q -> error: %v (unknown=%t numerr=%t)\n", c, err, errors.Is(err, ErrUnknown), errors.As(err, &ne))
			continue
		}
		fmt.Printf("%q -> v=%t n=%d name=%s args=%v\n", c, *v, *n, *name, fs.Args)
	}
	names := []string{}
	fs := NewFlagSet()
	fs.Bool("a", false)
	fs.Int("b", 0)
	fs.String("c", "")
	for k := range fs.bools {
		names = append(names, k)
	}
	for k := range fs.ints {
		names = append(names, k)
	}
	for k := range fs.strs {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)
}
