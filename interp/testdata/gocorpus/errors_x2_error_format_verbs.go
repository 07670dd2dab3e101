// Exercises: formatting errors with %v, %s, %q, %+v, %T and Println of nil errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }
func (p *ParseError) Unwrap() error { return p.Err }

func main() {
	base := errors.New("unexpected token")
	pe := &ParseError{Line: 12, Err: base}
	wrapped := fmt.Errorf("parse config: %w", pe)
	fmt.Printf("%v\n%s\n%q\n", wrapped, wrapped, wrapped)
	fmt.Printf("%T %T %T\n", base, pe, wrapped)
	fmt.Printf("%+v\n", pe.Line)
	var none error
	fmt.Println(none, none == nil)
	fmt.Printf("%v|%d\n", none, 5)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, fs.ErrNotExist)
	fmt.Printf("[%10.5s]\n", base)
	two := fmt.Errorf("%w and %w", io.EOF, fs.ErrPermission)
	fmt.Println(two, errors.Is(two, io.EOF), errors.Is(two, fs.ErrPermission))
	fmt.Println(errors.Unwrap(two) == nil)
}
