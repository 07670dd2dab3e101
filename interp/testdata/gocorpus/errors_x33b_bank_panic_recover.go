package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Ledger struct {
	balances map[string]int
	log      []string
}

type LedgerError struct {
	Op   string
	Line int
	Err  error
}

func (e *LedgerError) Error() string {
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Op, e.Err)
}

func (e *LedgerError) Unwrap() error { return e.Err }

var ErrOverdraft = errors.New("overdraft")

func (l *Ledger) apply(cmd string, lineNo int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &LedgerError{Op: "panic", Line: lineNo, Err: fmt.Errorf("%v", r)}
		}
	}()
	f := strings.Fields(cmd)
	switch f[0] {
	case "open":
		l.balances[f[1]] = 0
	case "dep", "wd":
		amt, err := strconv.Atoi(f[2])
		if err != nil {
			return &LedgerError{Op: f[0], Line: lineNo, Err: err}
		}
		if _, ok := l.balances[f[1]]; !ok {
			panic("no account " + f[1])
		}
		if f[0] == "wd" {
			if l.balances[f[1]] < amt {
				return &LedgerError{Op: "wd", Line: lineNo, Err: ErrOverdraft}
			}
			amt = -amt
		}
		l.balances[f[1]] += amt
	default:
		return &LedgerError{Op: f[0], Line: lineNo, Err: errors.New("unknown command")}
	}
	l.log = append(l.log, cmd)
	return nil
}

func main() {
	script := `open alice
open bob
dep alice 100
wd alice 30
wd bob 10
dep carol 5
dep bob x12
xfer alice bob 5
dep bob 42
`
	l := &Ledger{balances: map[string]int{}}
	var errs []error
	for i, line := range strings.Split(strings.TrimSpace(script), "\n") {
		if err := l.apply(line, i+1); err != nil {
			errs = append(errs, err)
		}
	}
	for _, err := range errs {
		fmt.Println("ERR", err)
		var le *LedgerError
		if errors.As(err, &le) {
			fmt.Printf("    op=%q overdraft=%t\n", le.Op, errors.Is(err, ErrOverdraft))
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("    bad number %q in %s\n", ne.Num, ne.Func)
		}
	}
	joined := errors.Join(errs...)
	fmt.Println(strings.Count(joined.Error(), "\n")+1, "errors joined")
	fmt.Println(errors.Is(joined, ErrOverdraft))
	fmt.Println(l.balances, len(l.log))
}
