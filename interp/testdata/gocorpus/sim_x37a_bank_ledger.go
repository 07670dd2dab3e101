package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrUnknownAccount = errors.New("unknown account")

type TxError struct {
	Line int
	Op   string
	Err  error
}

func (e *TxError) Error() string { return fmt.Sprintf("line %d (%s): %v", e.Line, e.Op, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

type Ledger struct {
	balances map[string]int64
	history  []string
}

func NewLedger() *Ledger { return &Ledger{balances: map[string]int64{}} }

func (l *Ledger) apply(fields []string) error {
	switch fields[0] {
	case "open":
		l.balances[fields[1]] = 0
	case "dep", "wd":
		acct := fields[1]
		bal, ok := l.balances[acct]
		if !ok {
			return ErrUnknownAccount
		}
		amt, err := strconv.ParseInt(fields[2], 10, 64)
		if err != nil {
			return err
		}
		if fields[0] == "wd" {
			if amt > bal {
				return fmt.Errorf("withdraw %d from %s (balance %d): %w", amt, acct, bal, ErrInsufficient)
			}
			amt = -amt
		}
		l.balances[acct] = bal + amt
	case "xfer":
		if err := l.apply([]string{"wd", fields[1], fields[3]}); err != nil {
			return err
		}
		if err := l.apply([]string{"dep", fields[2], fields[3]}); err != nil {
			l.apply([]string{"dep", fields[1], fields[3]})
			return err
		}
	default:
		panic("unknown op " + fields[0])
	}
	l.history = append(l.history, strings.Join(fields, " "))
	return nil
}

func (l *Ledger) Run(script string) (errs []error) {
	for i, line := range strings.Split(strings.TrimSpace(script), "\n") {
		f := strings.Fields(line)
		func() {
			defer func() {
				if r := recover(); r != nil {
					errs = append(errs, &TxError{i + 1, f[0], fmt.Errorf("panic: %v", r)})
				}
			}()
			if err := l.apply(f); err != nil {
				errs = append(errs, &TxError{i + 1, f[0], err})
			}
		}()
	}
	return errs
}

const script = `
open alice
open bob
dep alice 500
dep bob 20
xfer alice bob 125
wd bob 200
xfer bob carol 10
dep alice 12x
refund alice 5
wd alice 375
`

func main() {
	l := NewLedger()
	errs := l.Run(script)
	for _, err := range errs {
		fmt.Println("ERR", err)
		switch {
		case errors.Is(err, ErrInsufficient):
			fmt.Println("    -> insufficient")
		case errors.Is(err, ErrUnknownAccount):
			fmt.Println("    -> unknown account")
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("    -> bad number %q\n", ne.Num)
		}
	}
	names := make([]string, 0)
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-6s %6d\n", n, l.balances[n])
	}
	fmt.Println(len(l.history), "applied:", l.history)
	joined := errors.Join(errs...)
	fmt.Println(strings.Count(joined.Error(), "\n")+1, "errors joined")
}
