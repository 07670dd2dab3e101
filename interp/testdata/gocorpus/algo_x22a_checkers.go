package main

import (
	"fmt"
	"sort"
	"strings"
)

type Piece int8

const (
	None Piece = iota
	White
	Black
	WhiteKing
	BlackKing
)

func (p Piece) Color() Piece {
	switch p {
	case White, WhiteKing:
		return White
	case Black, BlackKing:
		return Black
	}
	return None
}

func (p Piece) King() bool { return p == WhiteKing || p == BlackKing }

type Pos struct{ R, C int }

func (p Pos) String() string { return fmt.Sprintf("%c%d", 'a'+p.C, 8-p.R) }

type Move struct {
	From, To Pos
	Capture  *Pos
}

func (m Move) String() string {
	sep := "-"
	if m.Capture != nil {
		sep = "x"
	}
	return m.From.String() + sep + m.To.String()
}

type Board [8][8]Piece

func (b *Board) on(p Pos) bool { return p.R >= 0 && p.R < 8 && p.C >= 0 && p.C < 8 }

func (b *Board) Moves(side Piece) []Move {
	var moves, jumps []Move
	for r := range 8 {
		for c := range 8 {
			pc := b[r][c]
			if pc.Color() != side {
				continue
			}
			dirs := []int{-1}
			if side == Black {
				dirs = []int{1}
			}
			if pc.King() {
				dirs = []int{-1, 1}
			}
			from := Pos{r, c}
			for _, dr := range dirs {
				for _, dc := range []int{-1, 1} {
					to := Pos{r + dr, c + dc}
					if !b.on(to) {
						continue
					}
					if b[to.R][to.C] == None {
						moves = append(moves, Move{From: from, To: to})
					} else if b[to.R][to.C].Color() != side {
						land := Pos{to.R + dr, to.C + dc}
						if b.on(land) && b[land.R][land.C] == None {
							cap := to
							jumps = append(jumps, Move{from, land, &cap})
						}
					}
				}
			}
		}
	}
	if len(jumps) > 0 {
		return jumps
	}
	return moves
}

func main() {
	var b Board
	b[5][0], b[5][2], b[5][4], b[6][1] = White, White, White, White
	b[4][1], b[4][5], b[2][3] = Black, Black, Black
	b[3][6] = WhiteKing
	for _, side := range []Piece{White, Black} {
		ms := b.Moves(side)
		strs := make([]string, len(ms))
		for i, m := range ms {
			strs[i] = m.String()
		}
		sort.Strings(strs)
		fmt.Printf("side %d: %d moves: %s\n", side, len(ms), strings.Join(strs, " "))
	}
	ms := b.Moves(White)
	m := ms[0]
	b[m.To.R][m.To.C], b[m.From.R][m.From.C] = b[m.From.R][m.From.C], None
	if m.Capture != nil {
		b[m.Capture.R][m.Capture.C] = None
	}
	fmt.Println("played", m, "black now has", len(b.Moves(Black)), "moves")
	for _, row := range b {
		fmt.Println(row)
	}
}
