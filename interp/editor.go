package interp

import (
	"go/scanner"
	"go/token"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/traefik/yaegi/stdlib"

	"github.com/gobackprop/gobackprop/interp/symbols"
)

var keywords = []string{
	"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
	"for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
	"return", "select", "struct", "switch", "type", "var",
	"append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
	"max", "min", "new", "panic", "print", "println", "real", "recover",
	"bool", "byte", "complex128", "complex64", "error", "float32", "float64", "int", "int16",
	"int32", "int64", "int8", "rune", "string", "uint", "uint16", "uint32", "uint64", "uint8",
	"uintptr", "any", "true", "false", "nil", "iota",
}

// Complete returns the names that can complete the identifier ending at
// cursor (a byte offset): package members after "pkg.", fields and methods
// after "value.", else keywords, the user's names and package names.
func (s *Session) Complete(code string, cursor int) (matches []string, start, end int) {
	if cursor < 0 || cursor > len(code) {
		cursor = len(code)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	begin := cursor
	for begin > 0 && isIdentByte(code[begin-1]) {
		begin--
	}
	word := code[begin:cursor]
	candidates := s.globalNames()
	if begin > 0 && code[begin-1] == '.' {
		x := begin - 1
		for x > 0 && isIdentByte(code[x-1]) {
			x--
		}
		candidates = s.members(code[x : begin-1])
	}
	for _, c := range candidates {
		if strings.HasPrefix(c, word) && !strings.HasPrefix(c, "_") {
			matches = append(matches, c)
		}
	}
	sort.Strings(matches)
	matches = dedupe(matches)
	return matches, begin, cursor
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// globalNames are the names usable at the top of a cell.
func (s *Session) globalNames() []string {
	names := append([]string(nil), keywords...)
	for n := range s.globals() {
		names = append(names, n)
	}
	for n := range s.decls {
		if !strings.Contains(n, ".") {
			names = append(names, n)
		}
	}
	for n := range s.packageNames() {
		names = append(names, n)
	}
	return names
}

// packageNames maps the names of the imported packages to their symbol
// tables' keys.
func (s *Session) packageNames() map[string]string {
	out := map[string]string{}
	for spec := range s.imports {
		name, path := "", strings.Trim(spec, `"`)
		if i := strings.IndexByte(spec, ' '); i >= 0 {
			name, path = spec[:i], strings.Trim(spec[i+1:], `"`)
		}
		key := symbolKey(path)
		if key == "" {
			continue
		}
		if name == "" {
			name = key[strings.LastIndexByte(key, '/')+1:]
		}
		out[name] = key
	}
	return out
}

// symbolKey returns the key ("path/name") of a compiled package's symbols,
// or "" for a path no table holds.
func symbolKey(path string) string {
	symbolKeysOnce.Do(func() {
		symbolKeys = map[string]string{}
		for _, table := range []map[string]map[string]reflect.Value{stdlib.Symbols, symbols.Symbols} {
			for key := range table {
				if i := strings.LastIndexByte(key, '/'); i >= 0 {
					symbolKeys[key[:i]] = key
				}
			}
		}
	})
	return symbolKeys[path]
}

// symbolKeys indexes the symbol tables by import path once: rewriting a
// cell asks for every selector it contains.
var (
	symbolKeysOnce sync.Once
	symbolKeys     map[string]string
)

// lookupSymbols returns a package's members. A standard package can be in
// both tables: interp/symbols adds what Go 1.23-1.26 added to it, which
// yaegi's Use merges the same way.
func lookupSymbols(key string) map[string]reflect.Value {
	t, ok := symbols.Symbols[key]
	std, isStd := stdlib.Symbols[key]
	if !ok || !isStd {
		if ok {
			return t
		}
		return std
	}
	merged := make(map[string]reflect.Value, len(std)+len(t))
	for name, v := range std {
		merged[name] = v
	}
	for name, v := range t {
		merged[name] = v
	}
	return merged
}

// members lists what can follow "x.": a package's exported names, or a
// variable's fields and methods.
func (s *Session) members(x string) []string {
	if key, ok := s.packageNames()[x]; ok {
		var out []string
		for name := range lookupSymbols(key) {
			if !strings.HasPrefix(name, "_") {
				out = append(out, name)
			}
		}
		return out
	}
	v, ok := s.globals()[x]
	if !ok || !v.IsValid() {
		return nil
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	return append(fieldsAndMethods(v.Type()), s.userMethods(v.Type())...)
}

// userMethods lists the methods the user declared on the type t (or on
// the type t points to). yaegi's reflect types of interpreted types carry
// no methods, so the session's declarations are matched by type.
func (s *Session) userMethods(t reflect.Type) []string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []string
	for _, d := range s.decls {
		if !d.isType {
			continue
		}
		v, err := s.yi.Eval("(*" + d.name + ")(nil)")
		if err != nil || !v.IsValid() || v.Type().Kind() != reflect.Pointer || v.Type().Elem() != t {
			continue
		}
		for _, m := range s.decls {
			if strings.HasPrefix(m.name, d.name+".") {
				out = append(out, strings.TrimPrefix(m.name, d.name+"."))
			}
		}
	}
	return out
}

func fieldsAndMethods(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumMethod(); i++ {
		out = append(out, t.Method(i).Name)
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
		for i := 0; i < t.NumMethod(); i++ {
			out = append(out, t.Method(i).Name)
		}
	}
	if t.Kind() == reflect.Struct {
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() || !strings.HasPrefix(f.Name, "X") {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// IsComplete tells a frontend (jupyter-console) whether to run the code or
// read another line, the way yaegi's REPL decides: code is incomplete when
// it stops in the middle of a construct (the first error is at the end of
// input, or a raw string is not terminated).
func (s *Session) IsComplete(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	if _, _, ok := parseMagic(code); ok {
		return "complete", ""
	}
	if open := unclosed(code); open > 0 {
		return "incomplete", strings.Repeat("\t", open)
	}
	_, err := split(code)
	if err == nil {
		return "complete", ""
	}
	msg := err.Error()
	if strings.HasSuffix(msg, "found 'EOF'") || strings.Contains(msg, "raw string literal not terminated") ||
		strings.Contains(msg, "comment not terminated") {
		return "incomplete", ""
	}
	return "invalid", ""
}

// unclosed counts the brackets still open at the end of code. Go's own
// scanner reads the tokens, so brackets in strings, runes, raw strings
// and comments - escapes too: "\"(" - do not count.
func unclosed(code string) int {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(code))
	var sc scanner.Scanner
	sc.Init(file, []byte(code), func(token.Position, string) {}, 0)
	d := 0
	for {
		_, tok, _ := sc.Scan()
		switch tok {
		case token.EOF:
			return d
		case token.LBRACE, token.LPAREN, token.LBRACK:
			d++
		case token.RBRACE, token.RPAREN, token.RBRACK:
			d--
		}
	}
}

// projectPackages lists the compiled packages beyond the standard library
// that cells can import.
func (s *Session) projectPackages() []string {
	var out []string
	for key := range symbols.Symbols {
		out = append(out, key[:strings.LastIndexByte(key, '/')])
	}
	sort.Strings(out)
	return out
}
