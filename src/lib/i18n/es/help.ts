import type { Messages } from '../messages';

/** The explorer's "How to use" points (Spanish), loaded when a reader opens them. */
const help = {
	drag: (play) => `Arrastre el cursor naranja, haga clic en el eje o pulse ${play}.`,
	slider:
		'Control de fecha: flechas para un día, Re Pág/Av Pág para un mes, Inicio/Fin para los extremos, Mayús+flechas para el evento anterior o siguiente.',
	keys: 'Tab para ir a los eventos o al mapa; flechas para moverse, Intro para abrir uno.'
} satisfies Messages['help'];

export default help;
