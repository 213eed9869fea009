import type { Messages } from '../messages';

/** What the map counts, in full (Spanish): loaded when a reader opens “How counted” or the table. */
const howCounted = {
	definition: ({ members, meetings }) =>
		`Se cuenta por país: los instrumentos (acuerdos, memorandos de entendimiento, declaraciones, leyes, campañas, iniciativas) que firmó, de los que es parte o a los que se adhirió${members ? ', o a los que pertenece como Estado miembro del órgano que los adoptó (asistencia no verificada)' : ''}${meetings ? '; y las reuniones a las que asistió, que acogió o presidió' : ''}. Acoger o presidir la reunión que adoptó un instrumento no es adherirse a él; un instrumento con varias etapas fechadas cuenta una vez.`,
	period:
		'En un periodo, un país cuenta un instrumento al que se adhirió dentro del periodo y del que no formaba parte antes; los países rayados no se adhirieron a nada nuevo, pero ya formaban parte de al menos uno.',
	month:
		'Una fecha de la que solo se conoce el mes cuenta desde el último día de ese mes. «Sin datos»: zonas sin código de país ISO.'
} satisfies Messages['howCounted'];

export default howCounted;
