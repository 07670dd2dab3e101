package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Env map[string]string

func (e Env) lookup(key string) string {
	name, def, hasDef := strings.Cut(key, ":-")
	if v, ok := e[name]; ok && v != "" {
		return v
	}
	if hasDef {
		return def
	}
	return ""
}

func (e Env) Expand(s string) string { return os.Expand(s, e.lookup) }

func (e Env) Assign(stmt string) error {
	k, v, ok := strings.Cut(stmt, "=")
	if !ok || k == "" {
		return fmt.Errorf("bad assignment %q", stmt)
	}
	if strings.HasPrefix(v, `"`) {
		uq, err := strconv.Unquote(v)
		if err != nil {
			return fmt.Errorf("assign %s: %w", k, err)
		}
		v = uq
	}
	e[k] = e.Expand(v)
	return nil
}

func (e Env) String() string {
	keys := make([]string, 0, len(e))
	for k := range e {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%q\n", k, e[k])
	}
	return sb.String()
}

func main() {
	env := Env{"HOME": "/home/ta", "USER": "ta", "EMPTY": ""}
	stmts := []string{
		`PATH=/usr/bin:$HOME/bin`,
		`GREETING="hello\t${USER}"`,
		`EDITOR=${VISUAL:-vi}`,
		`N=${EMPTY:-fallback}`,
		`BAD="unterminated`,
		`=oops`,
		`PS1=$USER@box:$PWD$ `,
	}
	for _, s := range stmts {
		if err := env.Assign(s); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Print(env)
	line := "cp $HOME/notes.txt ${HOME}/backup/$USER-$$.txt"
	fmt.Println(env.Expand(line))
	fields := strings.Fields(env.Expand("  echo   $GREETING   world "))
	fmt.Printf("%d fields: %q\n", len(fields), fields)
	for _, q := range []string{`"a\x41\u00e9"`, "`raw\\n`", `'c'`, `"bad\q"`} {
		v, err := strconv.Unquote(q)
		fmt.Printf("%-12s -> %q %v\n", q, v, err)
	}
	fmt.Println(strconv.Quote("tab\there é"), strconv.QuoteToASCII("é✓"), strconv.QuoteRune('☺'))
}
